import type { ReactNode } from 'react';

/** Form controls with a visible label, help text and a problem sentence, all tied to the control. */

/** "s3.bucket" → "s3-bucket": ids without dots are simpler to select. */
export const domIdOf = (field: string) => field.replace(/\./g, '-');

interface Described {
  field: string;
  label: string;
  help: ReactNode;
  problem?: string;
}

export function described(field: string, problem: string | undefined, extra: string[] = []) {
  const id = domIdOf(field);
  return {
    id,
    'aria-describedby': [`${id}-help`, ...extra, ...(problem ? [`${id}-problem`] : [])].join(' '),
    'aria-invalid': problem ? true : undefined,
  };
}

export function Notes({ field, help, problem }: { field: string; help: ReactNode; problem?: string }) {
  const id = domIdOf(field);
  return (
    <>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
      <p id={`${id}-problem`} className="problem" aria-live="polite">
        {problem}
      </p>
    </>
  );
}

interface TextFieldProps extends Described {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'url';
  placeholder?: string;
  /** Suggestions offered while typing. */
  suggestions?: readonly string[];
}

export function TextField({ field, label, help, problem, value, onChange, type = 'text', placeholder, suggestions }: TextFieldProps) {
  const id = domIdOf(field);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...described(field, problem)}
        type={type}
        value={value}
        placeholder={placeholder}
        list={suggestions && `${id}-list`}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        onChange={(event) => onChange(event.target.value)}
      />
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      <Notes field={field} help={help} problem={problem} />
    </div>
  );
}

interface PasswordFieldProps extends Described {
  value: string;
  onChange(value: string): void;
  autoComplete: 'new-password' | 'current-password';
}

/** For passphrases; API keys have SecretField, which also tells what is saved. */
export function PasswordField({ field, label, help, problem, value, onChange, autoComplete }: PasswordFieldProps) {
  return (
    <div className="field">
      <label htmlFor={domIdOf(field)}>{label}</label>
      <input {...described(field, problem)} type="password" autoComplete={autoComplete} value={value} onChange={(event) => onChange(event.target.value)} />
      <Notes field={field} help={help} problem={problem} />
    </div>
  );
}

interface NumberFieldProps extends Described {
  value: number;
  onChange(value: number): void;
  min: number;
  max: number;
}

export function NumberField({ field, label, help, problem, value, onChange, min, max }: NumberFieldProps) {
  return (
    <div className="field">
      <label htmlFor={domIdOf(field)}>{label}</label>
      <input
        {...described(field, problem)}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        className="number"
        value={Number.isNaN(value) ? '' : value}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
      <Notes field={field} help={help} problem={problem} />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A short line under the label, read out with the choice. */
  hint?: string;
}

interface SelectFieldProps<T extends string> extends Described {
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: T): void;
}

export function SelectField<T extends string>({ field, label, help, problem, value, choices, onChange }: SelectFieldProps<T>) {
  return (
    <div className="field">
      <label htmlFor={domIdOf(field)}>{label}</label>
      <select {...described(field, problem)} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <Notes field={field} help={help} problem={problem} />
    </div>
  );
}

interface CheckboxFieldProps extends Described {
  value: boolean;
  onChange(value: boolean): void;
}

export function CheckboxField({ field, label, help, problem, value, onChange }: CheckboxFieldProps) {
  return (
    <div className="field checkbox">
      <input {...described(field, problem)} type="checkbox" checked={value} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={domIdOf(field)}>{label}</label>
      <Notes field={field} help={help} problem={problem} />
    </div>
  );
}

interface RadioFieldProps<T extends string> extends Described {
  /** Undefined: none chosen yet. */
  value: T | undefined;
  choices: readonly Choice<T>[];
  onChange(value: T): void;
}

export function RadioField<T extends string>({ field, label, help, value, choices, onChange }: RadioFieldProps<T>) {
  const id = domIdOf(field);
  return (
    <fieldset className="field radios" aria-describedby={`${id}-help`}>
      <legend>{label}</legend>
      {choices.map((choice) => (
        <div key={choice.value} className="radio">
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name={id}
            value={choice.value}
            checked={value === choice.value}
            aria-describedby={choice.hint && `${id}-${choice.value}-hint`}
            onChange={() => onChange(choice.value)}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
          {choice.hint && (
            <span id={`${id}-${choice.value}-hint`} className="hint">
              {choice.hint}
            </span>
          )}
        </div>
      ))}
      <Notes field={field} help={help} />
    </fieldset>
  );
}
