import type { Child } from 'hono/jsx';
import { TextAreaField } from '../../../web/components/form-fields.tsx';

/**
 * Form controls the shared components lack: a textarea, a group of checkboxes, and a select with
 * option groups. Same pattern as src/web/components/form-fields.tsx: label, error paragraph with id
 * `${id}-fout`, aria-invalid and aria-describedby.
 */
const describedBy = (id: string, error?: string, hint?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

function Messages({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

/** The shared textarea, six rows high for expertise texts. */
export function TextArea(props: Parameters<typeof TextAreaField>[0]) {
  return <TextAreaField rows={6} {...props} />;
}

export type Checkbox = { id: string; name: string; label: string; checked: boolean; lang?: string };

/** A fieldset of checkboxes; `id` is the fieldset's, the anchor of its error in the summary. */
export function CheckboxGroup(props: { id: string; legend: string; boxes: Checkbox[]; error?: string | undefined; hint?: string | undefined }) {
  return (
    <fieldset
      class={`utrecht-form-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={props.id}
      tabindex={-1}
      aria-describedby={describedBy(props.id, props.error, props.hint)}
    >
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      <Messages id={props.id} error={props.error} hint={props.hint} />
      {props.boxes.map((b) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={b.id} name={b.name} value="on" checked={b.checked} />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={b.id} lang={b.lang}>
            {b.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

export function GroupedSelect(props: {
  id: string;
  name: string;
  label: string;
  empty: string;
  groups: OptionGroup[];
  selected: string;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <Messages id={props.id} error={props.error} hint={props.hint} />
      <select
        class={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        id={props.id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.error, props.hint)}
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
    </div>
  );
}

/** A group of related fields (one affiliation, one period, one link) with a visible legend. */
export function Group({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset class="utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
