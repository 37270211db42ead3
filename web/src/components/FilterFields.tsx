import { useId } from 'react';
import { useLanguage } from '../i18n/language';
import { useAreas, useLaws } from '../lib/areas';

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  placeholder?: string;
  /** Suggestions (value and label) offered as the input's datalist. */
  suggestions?: { value: string; label: string }[];
  onChange(value: string): void;
}

/** A labelled text input of a filter form. */
export function TextField({ label, name, value, placeholder, suggestions, onChange }: TextFieldProps) {
  const id = useId();
  const listId = `${id}-list`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        value={value}
        placeholder={placeholder}
        list={suggestions && listId}
        onChange={(event) => onChange(event.target.value)}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion.value} value={suggestion.value}>
              {suggestion.label}
            </option>
          ))}
        </datalist>
      )}
    </div>
  );
}

/** The law filter: a code or a name, as the API accepts it; the API's laws are suggested by code. */
export function LawField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { strings } = useLanguage();
  const laws = useLaws();
  const suggestions = laws.map((law) => ({ value: law.code, label: law.shortTitle }));
  return (
    <TextField
      label={strings.law}
      name="law"
      value={value}
      placeholder={strings.lawHint}
      suggestions={suggestions}
      onChange={onChange}
    />
  );
}

/** The area filter, every area of law the API knows, or none. */
export function AreaField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { strings } = useLanguage();
  const areas = useAreas();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{strings.area}</label>
      <select id={id} name="area" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{strings.anyArea}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.label}
          </option>
        ))}
      </select>
    </div>
  );
}
