import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { ClientInfo } from '../../core/contract';
import { Link } from '@tanstack/react-router';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { useFormat } from '../i18n/format';
import '../styles/encryption.css';

const col = createColumnHelper<TableFeaturesUsed, ClientInfo>();

export function ClientsTable({ clients, onDelete }: { clients: ClientInfo[]; onDelete: (name: string) => Promise<void> }) {
  const { t } = useTranslation('clients');
  const { t: te } = useTranslation('encryption');
  const f = useFormat();
  const columns: Columns<ClientInfo> = useMemo(
    () =>
      col.columns([
        col.accessor('name', {
          header: t('columns.name'),
          cell: (info) => (
            <>
              <Link className="strong-link" to="/client/$client" params={{ client: info.getValue() }} title={info.row.original.file}>
                {info.getValue()}
              </Link>
              {info.row.original.encrypted && (
                <span className="badge badge--encrypted" data-testid={`encrypted-${info.getValue()}`}>
                  {te(info.row.original.locked ? 'badge.locked' : 'badge.encrypted')}
                </span>
              )}
            </>
          ),
        }),
        col.accessor('modifiedAt', { header: t('columns.modified'), cell: (info) => f.dateTime(info.getValue()) }),
        col.accessor('sizeBytes', { header: t('columns.size'), cell: (info) => f.bytes(info.getValue()) }),
        col.display({
          id: 'actions',
          header: t('columns.actions'),
          cell: (info) => <RowActions name={info.row.original.name} onDelete={onDelete} />,
        }),
      ]),
    [onDelete, t, te, f],
  );
  return (
    <DataTable
      columns={columns}
      data={clients}
      label={t('listTitle')}
      numeric={['sizeBytes']}
      narrow={['actions']}
      initialSorting={[{ id: 'name', desc: false }]}
      testId="clients-table"
      empty={t('empty')}
    />
  );
}

/** Delete asks once, inline: no modal to dismiss, and nothing is lost by a stray click. */
function RowActions({ name, onDelete }: { name: string; onDelete: (name: string) => Promise<void> }) {
  const { t } = useTranslation('clients');
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <span className="row-actions">
        <span className="row-actions__question">{t('confirmDelete', { name })}</span>
        <button type="button" className="btn btn--danger btn--small" onClick={() => void onDelete(name)}>
          {t('confirm')}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </span>
    );
  }
  return (
    <span className="row-actions">
      <Link className="btn btn--secondary btn--small" to="/client/$client" params={{ client: name }}>
        {t('open')}
      </Link>
      <Link className="btn btn--secondary btn--small" to="/client/$client/import" params={{ client: name }}>
        {t('importData')}
      </Link>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => setConfirming(true)} aria-label={`${t('delete')} ${name}`}>
        {t('delete')}
      </button>
    </span>
  );
}
