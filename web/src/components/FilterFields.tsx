import { useId } from 'react';
import { useLanguage } from '../i18n/language';
import { useAreas } from '../lib/areas';

/** A labelled text input of a filter form. */
export function TextField({ label, name, value, placeholder, onChange }: { label: string; name: string; value: string; placeholder?: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** The law filter: a code or a name, as the API accepts it. */
export function LawField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { strings } = useLanguage();
  return <TextField label={strings.law} name="law" value={value} placeholder={strings.lawHint} onChange={onChange} />;
}

/** The area filter, every area of law the API knows, or none. */
export function AreaField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { strings, language } = useLanguage();
  const areas = useAreas(language);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{strings.area}</label>
      <select id={id} name="area" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{strings.anyArea}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>{area.label}</option>
        ))}
      </select>
    </div>
  );
}
