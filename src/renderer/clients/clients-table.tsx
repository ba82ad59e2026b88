import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { ClientInfo } from '../../core/contract';
import { hrefOf } from '../router';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { formatBytes, formatDateTime } from '../ui/format';
import { clientsStrings as t } from './strings';

const col = createColumnHelper<TableFeaturesUsed, ClientInfo>();

export function ClientsTable({ clients, onDelete }: { clients: ClientInfo[]; onDelete: (name: string) => Promise<void> }) {
  const columns: Columns<ClientInfo> = useMemo(
    () =>
      col.columns([
        col.accessor('name', {
          header: t.columns.name,
          cell: (info) => (
            <a className="strong-link" href={hrefOf({ name: 'summary', client: info.getValue() })} title={info.row.original.file}>
              {info.getValue()}
            </a>
          ),
        }),
        col.accessor('modifiedAt', { header: t.columns.modified, cell: (info) => formatDateTime(info.getValue()) }),
        col.accessor('sizeBytes', { header: t.columns.size, cell: (info) => formatBytes(info.getValue()) }),
        col.display({ id: 'actions', header: t.columns.actions, cell: (info) => <RowActions name={info.row.original.name} onDelete={onDelete} /> }),
      ]),
    [onDelete],
  );
  return <DataTable columns={columns} data={clients} label={t.listTitle} numeric={['sizeBytes']} narrow={['actions']} initialSorting={[{ id: 'name', desc: false }]} testId="clients-table" empty={t.empty} />;
}

/** Delete asks once, inline: no modal to dismiss, and nothing is lost by a stray click. */
function RowActions({ name, onDelete }: { name: string; onDelete: (name: string) => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <span className="row-actions">
        <span className="row-actions__question">{t.confirmDelete(name)}</span>
        <button type="button" className="btn btn--danger btn--small" onClick={() => void onDelete(name)}>
          {t.confirm}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setConfirming(false)}>
          {t.cancel}
        </button>
      </span>
    );
  }
  return (
    <span className="row-actions">
      <a className="btn btn--secondary btn--small" href={hrefOf({ name: 'summary', client: name })}>
        {t.open}
      </a>
      <a className="btn btn--secondary btn--small" href={hrefOf({ name: 'import', client: name })}>
        {t.importData}
      </a>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => setConfirming(true)} aria-label={`${t.delete} ${name}`}>
        {t.delete}
      </button>
    </span>
  );
}
