import { useId, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
}

/** A read-only field with a Copy button that says whether the copy worked. */
export function CopyField({ label, value, multiline = false }: CopyFieldProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      setStatus('This browser did not allow copying: select the text and copy it instead.');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} readOnly value={value} rows={3} onFocus={(event) => event.target.select()} />
      ) : (
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
      )}
      <button type="button" className="button" onClick={copy}>
        Copy
      </button>
      <span role="status" className="copy-field__status">
        {status}
      </span>
    </div>
  );
}
