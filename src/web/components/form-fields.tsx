import type { Child } from 'hono/jsx';

/**
 * Form fields on the NL Design System form-field pattern: a label, the control, and (when the
 * value was refused) an error message that the control points at with aria-describedby.
 * The id of the control is the anchor the error summary links to.
 */
type FieldProps = { id: string; label: string; error?: string | undefined; class?: string };

function Field({ id, label, error, class: extra, children }: FieldProps & { children: Child }) {
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {error ? (
        <p class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const invalidAttributes = (id: string, error: string | undefined) =>
  error ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-fout` } : {};

export function TextField(
  props: FieldProps & { name: string; value: string; type?: 'text' | 'search'; maxlength?: number; autocomplete?: string },
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
        {...invalidAttributes(props.id, props.error)}
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
        {...invalidAttributes(props.id, props.error)}
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
