import { useId } from 'react';

type FieldProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  /** Rows of a textarea; absent: a one-line input. */
  readonly rows?: number;
  readonly type?: 'text' | 'date' | 'number' | 'email' | 'tel';
  readonly required?: boolean;
  /** Data in Dutch (the letter, the nota) is marked so, whatever the page's language. */
  readonly lang?: string;
  readonly placeholder?: string;
  readonly name?: string;
  readonly wide?: boolean;
};

/** A labelled input or textarea; a hint (outside the label, so not part of its name) is tied to it with aria-describedby. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  rows,
  type = 'text',
  required,
  lang,
  placeholder,
  name,
  wide,
}: FieldProps) {
  const hintId = useId();
  const id = useId();
  const common = {
    id,
    name,
    value,
    required,
    lang,
    placeholder,
    'aria-describedby': hint ? hintId : undefined,
  };
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/** Checkboxes in a fieldset with a legend; `selected` holds the chosen values. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  hint,
  name,
}: {
  readonly legend: string;
  readonly options: readonly { readonly value: string; readonly label: string; readonly lang?: string }[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly hint?: string;
  readonly name?: string;
}) {
  const hintId = useId();
  return (
    <fieldset className="checkbox-group wide" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, o.value] : selected.filter((s) => s !== o.value))
              }
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
