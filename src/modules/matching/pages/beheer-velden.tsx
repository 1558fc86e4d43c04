/**
 * A number field on the NL Design System form-field pattern (label, hint, error, control), like
 * TextField in web/components/form-fields.tsx, but with the min, max and step that a weight (0 to 1
 * in hundredths) or a number of days needs, so that browsers and assistive technology know the range.
 */
export function GetalVeld(props: {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  min: string;
  max: string;
  step: string;
  inputmode: 'decimal' | 'numeric';
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-fout` : ''].filter(Boolean).join(' ');
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
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
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        type="number"
        id={props.id}
        name={props.name}
        value={props.value}
        min={props.min}
        max={props.max}
        step={props.step}
        inputmode={props.inputmode}
        {...(props.error ? { 'aria-invalid': 'true' as const } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
    </div>
  );
}
