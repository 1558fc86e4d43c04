import type { Child } from 'hono/jsx';

/**
 * Form fields on the NL Design System form-field pattern: a label, the control, and (when the
 * value was refused) an error message that the control points at with aria-describedby.
 * The id of the control is the anchor the error summary links to.
 */
type FieldProps = { id: string; label: string; error?: string | undefined; class?: string; hint?: string | undefined };

function Field({ id, label, error, hint, class: extra, children }: FieldProps & { children: Child }) {
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {hint ? (
        <p class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** aria-invalid, and aria-describedby pointing at the hint and the error message when present. */
const invalidAttributes = (id: string, error: string | undefined, hint?: string) => {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return {
    ...(error ? { 'aria-invalid': 'true' as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
};

export function TextField(
  props: FieldProps & {
    name: string;
    value: string;
    type?: 'text' | 'search' | 'email' | 'password' | 'url' | 'date' | 'number';
    maxlength?: number;
    autocomplete?: string;
    required?: boolean;
    inputmode?: 'numeric' | 'text' | 'email';
    spellcheck?: boolean;
  },
) {
  return (
    <Field {...props}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        type={props.type ?? 'text'}
        id={props.id}
        name={props.name}
        value={props.value}
        maxlength={props.maxlength}
        autocomplete={props.autocomplete}
        required={props.required}
        inputmode={props.inputmode}
        spellcheck={props.spellcheck}
        {...invalidAttributes(props.id, props.error, props.hint)}
      />
    </Field>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldProps & { name: string; options: Option[]; selected: string | undefined }) {
  return (
    <Field {...props}>
      <select
        class={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        id={props.id}
        name={props.name}
        {...invalidAttributes(props.id, props.error, props.hint)}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.selected ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A multi-line text field on the same pattern: label, hint, error message, aria-invalid and -describedby. */
export function TextAreaField(
  props: FieldProps & { name: string; value: string; maxlength?: number | undefined; rows?: number; lang?: string | undefined },
) {
  return (
    <Field {...props}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        id={props.id}
        name={props.name}
        rows={props.rows ?? 5}
        maxlength={props.maxlength}
        lang={props.lang}
        {...invalidAttributes(props.id, props.error, props.hint)}
      >
        {props.value}
      </textarea>
    </Field>
  );
}
