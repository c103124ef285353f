/**
 * "Danh mục đơn vị": without a unit list, offer to create one from the units named in the table (for
 * the user to review); with one, offer dropdowns on the owner and product columns.
 */
import { Button, useId } from '@fluentui/react-components';
import { AddSquareMultiple16Regular, PeopleList16Regular } from '@fluentui/react-icons';
import type { UnitEntry } from '../core/rules/types';
import type { DropdownTarget } from '../core/workbook/catalog';
import type { CheckedSheet } from './controller';
import type { Strings } from './i18n';
import { Heading, type HeadingLevel } from './Results';
import { useStyles } from './styles';

export interface UnitListSectionProps {
  t: Strings;
  /** 2 in Excel, 3 when the pane is embedded in a page. */
  headingLevel?: HeadingLevel;
  checked: CheckedSheet | null;
  proposed: readonly UnitEntry[];
  targets: readonly DropdownTarget[];
  busy: boolean;
  onCreate(): void;
  onAddDropdowns(): void;
}

export function UnitListSection({ t, headingLevel = 2, checked, proposed, targets, busy, onCreate, onAddDropdowns }: UnitListSectionProps) {
  const styles = useStyles();
  const headingId = useId('units-');
  const hintId = useId('units-hint-');
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Heading level={headingLevel} id={headingId} className={styles.h2}>
        {t.unitsTitle}
      </Heading>
      {!checked ? (
        <p className={styles.muted}>{t.unitsUnknown}</p>
      ) : checked.units === null || checked.units.length === 0 ? (
        <>
          <p className={styles.muted}>{t.unitsNone}</p>
          <p id={hintId} className={styles.muted}>
            {t.unitsCreateHint} {proposed.length ? t.unitsFound(proposed.length) : t.unitsNoneInTable}
          </p>
          <div className={styles.row}>
            <Button
              icon={<PeopleList16Regular />}
              disabledFocusable={busy || proposed.length === 0}
              aria-describedby={hintId}
              onClick={onCreate}
            >
              {t.unitsCreate}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className={styles.muted}>{t.unitsExist(checked.units.length)}</p>
          <p id={hintId} className={styles.muted}>
            {checked.unitListSheet ? t.dropdownsOpenTable : targets.length ? t.dropdownsHint : t.dropdownsNoColumns}
          </p>
          <div className={styles.row}>
            <Button
              icon={<AddSquareMultiple16Regular />}
              disabledFocusable={busy || targets.length === 0}
              aria-describedby={hintId}
              onClick={onAddDropdowns}
            >
              {t.dropdownsAdd}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
