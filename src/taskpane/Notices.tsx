/**
 * The pane's message bars, in one polite live region: a host error (the host's own message, its reason
 * as data-reason) and the outcome of a fix, undo, export or unit-list change; each can be dismissed.
 * Apart from TaskPane.tsx so that the pane's layout reads top to bottom there.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { PaneController, PaneState } from './controller';
import type { Strings } from './i18n';
import { useStyles } from './styles';

export function Notices({ t, state, controller }: { t: Strings; state: PaneState; controller: PaneController }) {
  const styles = useStyles();
  return (
    <div className={styles.notices} aria-live="polite">
      {state.error && (
        <MessageBar intent={state.error.intent} layout="multiline" data-reason={state.error.reason}>
          <MessageBarBody>
            <MessageBarTitle>{state.error.title}</MessageBarTitle>
            {state.error.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => controller.dismissError()} />
            }
          />
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.notice.title}</MessageBarTitle>
            {state.notice.lines.map((line, i) => (
              <span key={i} className={styles.noticeLine}>
                {line}
              </span>
            ))}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => controller.dismissNotice()} />
            }
          />
        </MessageBar>
      )}
    </div>  );
}
