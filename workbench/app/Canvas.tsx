/**
 * The page canvas as in a modern SharePoint page: sections of columns, each column a zone holding the web parts
 * whose definitions name that zone, in registry order.
 */
import * as React from 'react';
import type { IPageStrings } from './strings';
import type { IPageThemes } from './themes';
import { WebPartHost } from './webparts/WebPartHost';
import type { IHostContext, IWebPartInstance, ZoneId } from './webparts/types';

interface IColumn {
  readonly zone: ZoneId;
  /** CSS modifier: two-thirds, one-third or full. */
  readonly width: 'two-thirds' | 'one-third' | 'full';
}

interface ISection {
  readonly id: string;
  readonly emphasis?: boolean;
  readonly columns: readonly IColumn[];
}

export const SECTIONS: readonly ISection[] = [
  { id: 'nyt', columns: [{ zone: 'main', width: 'two-thirds' }, { zone: 'side', width: 'one-third' }] },
  { id: 'portraetter', emphasis: true, columns: [{ zone: 'full', width: 'full' }] },
  { id: 'redaktion', columns: [{ zone: 'work', width: 'full' }] },
];

export interface ICanvasProps {
  readonly webParts: readonly IWebPartInstance[];
  readonly host: IHostContext;
  readonly page: IPageStrings;
  readonly editing: boolean;
  /** Each section's theme (its background), handed to its web parts as SharePoint would. */
  readonly themes: IPageThemes;
}

export function Canvas(props: ICanvasProps): React.ReactElement {
  return (
    <div className="wb-canvas">
      {SECTIONS.map((section) => {
        const theme = props.themes.section(section.id, !!section.emphasis);
        return (
          <div
            key={section.id}
            className={section.emphasis ? 'wb-section wb-section--emphasis' : 'wb-section'}
            data-section={section.id}
            style={{ background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText }}
          >
            <div className="wb-section__inner">
              {section.columns.map((column) => (
                <div key={column.zone} className={`wb-column wb-column--${column.width}`} data-zone={column.zone}>
                  {props.webParts
                    .filter((wp) => wp.definition.zone === column.zone)
                    .map((wp) => (
                      <WebPartHost key={wp.instanceId} webPart={wp} host={props.host} page={props.page} editing={props.editing} theme={theme} />
                    ))}
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
