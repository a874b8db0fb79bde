/**
 * One web part on the page: its frame, its settings (loaded from and saved to this browser), the settings panel in
 * edit mode, and an error boundary so that one failing web part leaves the rest of the page working.
 */
import * as React from 'react';
import type { IPageStrings } from '../strings';
import { Notice } from '../../../src/shared/components/common/Notice';
import { clearSettings, loadSettings, saveSettings, withValue } from './settingsStore';
import { renderWebPart } from '../../../src/shared/webparts/definition';
import { ThemedRoot } from '../../../src/shared/components/common/ThemedRoot';
import type { ITheme } from '@fluentui/react/lib/Styling';
import type { IHostContext, IWebPartInstance, SettingsShape, SettingValue } from './types';

export interface IWebPartHostProps {
  readonly webPart: IWebPartInstance;
  readonly host: IHostContext;
  readonly page: IPageStrings;
  readonly editing: boolean;
  /** The theme SharePoint would hand the web part: its section's (themes.ts). */
  readonly theme?: ITheme;
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
    return this.state.failed ? <Notice kind="error">{this.props.message}</Notice> : this.props.children;
  }
}

/**
 * The settings ("Rediger") arrive when the page is first edited: their Fluent UI fields (dropdowns, text fields, spin
 * buttons) are SharePoint's property pane's, not the readers', and a reader's phone never loads them.
 */
const SettingsPanel = React.lazy(() => import('./SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

/** The element id of a web part instance's frame (the site navigation links to it). */
export function webPartAnchor(instanceId: string): string {
  return `webpart-${instanceId}`;
}

export function WebPartHost(props: IWebPartHostProps): React.ReactElement {
  const { webPart, host, page, editing, theme } = props;
  const [settings, setSettings] = React.useState<SettingsShape>(() => loadSettings(webPart));
  const [saved, setSaved] = React.useState(0);

  const change = React.useCallback(
    (key: string, value: SettingValue) => {
      setSettings((current) => {
        const next = withValue(current, key, value);
        saveSettings(webPart, next);
        return next;
      });
      setSaved((n) => n + 1);
    },
    [webPart],
  );
  const reset = React.useCallback(() => {
    clearSettings(webPart);
    setSettings(loadSettings(webPart));
    setSaved((n) => n + 1);
  }, [webPart]);

  return (
    <div
      id={webPartAnchor(webPart.instanceId)}
      className={editing ? 'wb-webpart wb-webpart--editing' : 'wb-webpart'}
      data-webpart={webPart.definition.id}
      data-instance={webPart.instanceId}
    >
      {editing && (
        <>
          <React.Suspense fallback={null}>
            <SettingsPanel webPart={webPart} settings={settings} strings={host.strings} page={page} onChange={change} onReset={reset} />
          </React.Suspense>
          <p className="wb-visually-hidden" role="status">
            {saved > 0 ? page.settingsSaved : ''}
          </p>
        </>
      )}
      <WebPartBoundary message={page.webPartFailed}>
        <ThemedRoot theme={theme}>{renderWebPart(webPart.definition, settings, host)}</ThemedRoot>
      </WebPartBoundary>
    </div>
  );
}
