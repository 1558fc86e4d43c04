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
    inputmode?: 'numeric' | 'decimal' | 'text' | 'email';
    spellcheck?: boolean;
    // For type 'number': the range, so that browsers and assistive technology know it.
    min?: string;
    max?: string;
    step?: string;
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
        min={props.min}
        max={props.max}
        step={props.step}
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

/**
 * One choice in a CheckboxGroup or RadioGroup. `hint` is a one-line explanation that the control
 * points at; `lang` marks a label in the other language. `id`, `name` and `checked` override the
 * group's for forms that post one field per box (the profile posts `thema-<code>=on`).
 */
export type ChoiceOption = {
  value: string;
  label: string;
  hint?: string | undefined;
  lang?: string | undefined;
  id?: string;
  name?: string;
  checked?: boolean;
};

type ChoiceGroupProps = {
  /** The fieldset's id: the anchor of its error in the summary; the controls are `${id}-0`, `${id}-1`, ... */
  id: string;
  legend: string;
  options: ChoiceOption[];
  error?: string | undefined;
  hint?: string | undefined;
  children?: Child;
};

function ChoiceGroup(props: ChoiceGroupProps & { type: 'checkbox' | 'radio'; name: string | undefined; isChecked: (value: string) => boolean }) {
  const control = props.type === 'checkbox' ? 'checkbox' : 'radio-button';
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-fout` : ''].filter(Boolean).join(' ') || undefined;
  return (
    // tabindex -1: the error summary's link moves focus to the group.
    <fieldset class={`utrecht-form-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`} id={props.id} tabindex={-1} aria-describedby={describedBy}>
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      {props.hint ? (
        <p class="utrecht-form-field-description" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="utrecht-form-field-error-message" id={`${props.id}-fout`}>
          {props.error}
        </p>
      ) : null}
      {props.options.map((o, i) => {
        const id = o.id ?? `${props.id}-${i}`;
        return (
          <div class={`utrecht-form-field utrecht-form-field--${props.type}`}>
            <input
              class={`utrecht-${control} utrecht-${control}--html-input`}
              type={props.type}
              id={id}
              name={o.name ?? props.name}
              value={o.value}
              checked={o.checked ?? props.isChecked(o.value)}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
            />
            <label class={`utrecht-form-label utrecht-form-label--${props.type}`} for={id} lang={o.lang}>
              {o.label}
            </label>
            {o.hint ? (
              <p class="utrecht-form-field-description" id={`${id}-hint`}>
                {o.hint}
              </p>
            ) : null}
          </div>
        );
      })}
      {props.children}
    </fieldset>
  );
}

/** Checkboxes in a fieldset with a legend; the form posts `name` once per ticked box, with its value. */
export function CheckboxGroup(props: ChoiceGroupProps & { name?: string; checked?: readonly string[] }) {
  const checked = props.checked ?? [];
  return <ChoiceGroup {...props} type="checkbox" name={props.name} isChecked={(v) => checked.includes(v)} />;
}

/** Radio buttons in a fieldset with a legend, each with an optional explanation. */
export function RadioGroup(props: ChoiceGroupProps & { name: string; checked: string | undefined }) {
  return <ChoiceGroup {...props} type="radio" name={props.name} isChecked={(v) => v === props.checked} />;
}

export type OptionGroup = { label: string; options: Option[] };

/** A select whose options come in groups (onderdelen per organisatie), after one empty choice. */
export function GroupedSelect(props: FieldProps & { name: string; empty: string; groups: OptionGroup[]; selected: string }) {
  return (
    <Field {...props}>
      <select
        class={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        id={props.id}
        name={props.name}
        {...invalidAttributes(props.id, props.error, props.hint)}
      >
        <option value="" selected={props.selected === ''}>
          {props.empty}
        </option>
        {props.groups
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup label={g.label}>
              {g.options.map((o) => (
                <option value={o.value} selected={o.value === props.selected}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </Field>
  );
}

/** A group of related fields (one affiliation, one period, one link) with a visible legend. */
export function FieldGroup({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset class="utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
