import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { css } from '@fluentui/react/lib/Utilities';
import { useIdScope } from '../../../../shared/components/common/ids';
import type { IImportTexts } from '../../loc/IImportTexts';
import { importStyles as s } from './importStyles';

export interface IFilePickerProps {
  readonly texts: IImportTexts;
  readonly label: string;
  readonly onFile: (file: File) => void;
}

/** A file button, and a drop zone around it: CSV or XML. */
export function FilePicker(props: IFilePickerProps): React.ReactElement {
  const scope = useIdScope();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const onDrop = (e: React.DragEvent): void => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) props.onFile(file);
  };
  return (
    <div
      className={css(s.drop, over && s.dropActive)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={`${scope}-file`}
        className={s.hiddenInput}
        type="file"
        accept=".csv,.txt,.xml,text/csv,text/plain,application/xml,text/xml"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onFile(file);
          e.target.value = '';
        }}
      />
      <PrimaryButton text={props.label} onClick={() => input.current?.click()} />
      <span>{props.texts.dropHere}</span>
    </div>
  );
}
