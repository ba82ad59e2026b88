import { useTranslation } from 'react-i18next';
import { useRef, useState, type DragEvent } from 'react';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useFormat } from '../i18n/format';
import { fileName, mergePicked, type Picked } from './picked';

/**
 * Choosing exports. In the desktop app, the native dialog and drops give real paths (the core streams
 * ZIPs from disk); in a browser, the file input and drops give File objects, sent as bytes.
 */
export function FilePicker({
  picked,
  onChange,
  onError,
  disabled,
}: {
  picked: Picked[];
  onChange: (p: Picked[]) => void;
  onError: (msg: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('import');
  const f = useFormat();
  const { desktop } = useBackend();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const fromFiles = (files: File[]): Picked[] =>
    files.map((file) => {
      const path = desktop?.pathForFile(file);
      return path
        ? { kind: 'path', path, label: fileName(path), size: file.size }
        : { kind: 'upload', file, label: file.name, size: file.size };
    });

  const openDialog = async (kind: 'files' | 'folder') => {
    if (!desktop) return input.current?.click();
    try {
      const paths = await desktop.openImportDialog(kind);
      onChange(
        mergePicked(
          picked,
          paths.map((path) => ({ kind: 'path', path, label: fileName(path) })),
        ),
      );
    } catch (err) {
      onError(oneLine(err));
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    const items = [...e.dataTransfer.items];
    // A dropped folder is a File of no type the browser cannot read; only the desktop app has its path.
    const folder = files.find((f, i) => !desktop && items[i]?.webkitGetAsEntry?.()?.isDirectory);
    if (folder) return onError(t('folderInBrowser', { name: folder.name }));
    onChange(mergePicked(picked, fromFiles(files)));
  };

  return (
    <div>
      <div
        className={`dropzone${over ? ' dropzone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="dropzone"
      >
        <span className="dropzone__icon" aria-hidden="true">
          ⇪
        </span>
        <p className="dropzone__text">{desktop ? t('dropHere') : t('dropHereBrowser')}</p>
        <p className="dropzone__or">{t('or')}</p>
        <div className="dropzone__buttons">
          <button type="button" className="btn btn--secondary" onClick={() => void openDialog('files')} disabled={disabled}>
            {t('chooseFiles')}
          </button>
          {desktop && (
            <button type="button" className="btn btn--secondary" onClick={() => void openDialog('folder')} disabled={disabled}>
              {t('chooseFolder')}
            </button>
          )}
        </div>
        {!desktop && (
          // Hidden behind the visible button, which clicks it: one control for keyboard and screen readers.
          <input
            ref={input}
            className="visually-hidden"
            type="file"
            multiple
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => {
              onChange(mergePicked(picked, fromFiles([...(e.target.files ?? [])])));
              e.target.value = '';
            }}
          />
        )}
      </div>
      <ul className="picked" aria-label="Chosen files">
        {picked.length === 0 && <li className="picked__empty">{t('nothingChosen')}</li>}
        {picked.map((p, i) => (
          <li key={i} className="picked__item">
            <span className="picked__name" title={p.kind === 'path' ? p.path : p.label}>
              {p.label}
            </span>
            {p.size !== undefined && <span className="picked__size">{f.bytes(p.size)}</span>}
            <button
              type="button"
              className="btn btn--ghost btn--small"
              aria-label={t('remove', { name: p.label })}
              disabled={disabled}
              onClick={() => onChange(picked.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
