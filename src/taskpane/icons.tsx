/** Severity icons (bundled SVG from @fluentui/react-icons: no network). Shape differs per severity, so colour is never the only cue. */
import { mergeClasses } from '@fluentui/react-components';
import { ErrorCircle16Filled, Lightbulb16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../core/report';
import { useStyles } from './styles';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[severity]);
  if (severity === 'error') return <ErrorCircle16Filled aria-hidden className={className} />;
  if (severity === 'warning') return <Warning16Filled aria-hidden className={className} />;
  return <Lightbulb16Filled aria-hidden className={className} />;
}
