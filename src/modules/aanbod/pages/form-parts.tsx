import type { Child } from 'hono/jsx';

/**
 * Form controls the shared components (src/web/components/form-fields.tsx) lack, on the same
 * pattern: a visible label or legend, an error paragraph with id `${id}-fout`, aria-invalid and
 * aria-describedby. Groups carry the id the error summary links to, and take focus (tabindex -1).
 */
const describedBy = (id: string, error?: string, hint?: string) => [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

export function Messages({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
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

type Keuze = { value: string; label: string; hint?: string | undefined };

/** Checkboxes that post `name` once per ticked box, with the box's value. */
export function CheckboxGroup(props: { id: string; name: string; legend: string; options: Keuze[]; checked: readonly string[]; error?: string | undefined; hint?: string | undefined }) {
  return (
    <fieldset
      class={`utrecht-form-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={props.id}
      tabindex={-1}
      aria-describedby={describedBy(props.id, props.error, props.hint)}
    >
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      <Messages id={props.id} error={props.error} hint={props.hint} />
      {props.options.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`${props.id}-${i}`}
            name={props.name}
            value={o.value}
            checked={props.checked.includes(o.value)}
          />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${props.id}-${i}`}>
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Radio buttons, each with an optional one-line explanation that the button points at. */
export function RadioGroup(props: { id: string; name: string; legend: string; options: Keuze[]; checked: string; error?: string | undefined }) {
  return (
    <fieldset
      class={`utrecht-form-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={props.id}
      tabindex={-1}
      aria-describedby={describedBy(props.id, props.error)}
    >
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      <Messages id={props.id} error={props.error} />
      {props.options.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--radio">
          <input
            class="utrecht-radio-button utrecht-radio-button--html-input"
            type="radio"
            id={`${props.id}-${i}`}
            name={props.name}
            value={o.value}
            checked={props.checked === o.value}
            aria-describedby={o.hint ? `${props.id}-${i}-hint` : undefined}
          />{' '}
          <label class="utrecht-form-label utrecht-form-label--radio" for={`${props.id}-${i}`}>
            {o.label}
          </label>
          {o.hint ? (
            <p class="utrecht-form-field-description" id={`${props.id}-${i}-hint`}>
              {o.hint}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

/** A select whose options come in groups (onderdelen per organisatie), after one empty choice. */
export function GroupedSelect(props: { id: string; name: string; label: string; empty: string; groups: OptionGroup[]; selected: string; error?: string | undefined; hint?: string | undefined }) {
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

/** A group of related fields (one period) with a visible legend. */
export function Group({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset class="utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
