/**
 * The header's date input, in its own module because PaneHeader has two of them (plan date, "Tính
 * đến") and it is a plain field: label, hint, validation message, nothing about which date it holds.
 */
import type { ReactNode } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { Strings } from './i18n';
import { useStyles } from './styles';

/**
 * A date typed as dd/mm/yyyy (a text input: a native date input follows the browser's locale and shows
 * mm/dd/yyyy on an English Windows). The format is the field's first hint line and its placeholder;
 * the controller decides when a refused date gets its message (PaneController.commitDate).
 */
export function DateField({
  t,
  label,
  hint,
  error,
  value,
  onChange,
  onCommit,
}: {
  t: Strings;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  value: string;
  onChange(value: string): void;
  onCommit(): void;
}) {
  const styles = useStyles();
  const hintContent: ReactNode = (
    <>
      <span className={styles.dateFormat}>{t.dateFormat}</span>
      {hint && !error ? (
        <>
          {' '}
          <span className={styles.hintLine}>{hint}</span>
        </>
      ) : null}
    </>
  );
  return (
    <Field
      className={styles.dateField}
      label={label}
      hint={hintContent}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        className={styles.dateInput}
        type="text"
        value={value}
        placeholder={t.dateFormat}
        autoComplete="off"
        spellCheck={false}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onCommit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit();
        }}
      />
    </Field>
  );
}
