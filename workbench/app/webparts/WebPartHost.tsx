/**
 * One web part on the page: its frame, its settings (loaded from and saved to this browser), the settings panel in
 * edit mode, and an error boundary so that one failing web part leaves the rest of the page working.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { IPageStrings } from '../strings';
import { SettingsPanel } from './SettingsPanel';
import { clearSettings, loadSettings, saveSettings, withValue } from './settingsStore';
import type { IHostContext, IWebPartDefinition, SettingsShape, SettingValue } from './types';

export interface IWebPartHostProps {
  readonly definition: IWebPartDefinition;
  readonly host: IHostContext;
  readonly page: IPageStrings;
  readonly editing: boolean;
}

interface IBoundaryProps {
  readonly message: string;
  readonly children: React.ReactNode;
}

class WebPartBoundary extends React.Component<IBoundaryProps, { failed: boolean }> {
  public state = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public render(): React.ReactNode {
    return this.state.failed ? <MessageBar messageBarType={MessageBarType.error}>{this.props.message}</MessageBar> : this.props.children;
  }
}

/** The element id of a web part's frame (the site navigation links to it). */
export function webPartAnchor(id: string): string {
  return `webpart-${id}`;
}

export function WebPartHost(props: IWebPartHostProps): React.ReactElement {
  const { definition, host, page, editing } = props;
  const [settings, setSettings] = React.useState<SettingsShape>(() => loadSettings(definition));
  const [saved, setSaved] = React.useState(0);

  const change = React.useCallback(
    (key: string, value: SettingValue) => {
      setSettings((current) => {
        const next = withValue(current, key, value);
        saveSettings(definition, next);
        return next;
      });
      setSaved((n) => n + 1);
    },
    [definition],
  );
  const reset = React.useCallback(() => {
    clearSettings(definition);
    setSettings(loadSettings(definition));
    setSaved((n) => n + 1);
  }, [definition]);

  return (
    <div id={webPartAnchor(definition.id)} className={editing ? 'wb-webpart wb-webpart--editing' : 'wb-webpart'} data-webpart={definition.id}>
      {editing && (
        <>
          <SettingsPanel definition={definition} settings={settings} strings={host.strings} page={page} onChange={change} onReset={reset} />
          <p className="wb-visually-hidden" role="status">
            {saved > 0 ? page.settingsSaved : ''}
          </p>
        </>
      )}
      <WebPartBoundary message={page.webPartFailed}>{definition.render(host, settings)}</WebPartBoundary>
    </div>
  );
}
