import { useId } from 'react';

export function DateField({
  label,
  value,
  onChange,
  name,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
