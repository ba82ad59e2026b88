import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { memberActivityOption } from '../../core/charts';
import type { MemberDetail } from '../../core/contract/members';
import { useFormat } from '../i18n/format';
import { usePalette } from '../ui/color-scheme';
import { Card } from '../ui/card';
import { EChart } from '../ui/echart';
import { fileSlug } from '../ui/download';

/** A member's interactions per month: what they said or wrote, and the rest stacked on it. */
export function MemberActivityChart({ m }: { m: MemberDetail }) {
  const { t } = useTranslation('members');
  const { locale } = useFormat();
  const palette = usePalette();
  const option = useMemo(
    () =>
      memberActivityOption(m.activity, {
        palette,
        locale,
        labels: { active: t('member.activity.active'), other: t('member.activity.other') },
      }),
    [m.activity, palette, locale, t],
  );
  return (
    <Card title={t('member.activity.title')} subtitle={t('member.activity.subtitle', { tz: m.timezone })}>
      <EChart
        option={option}
        label={t('member.activity.label', { name: m.name })}
        testId="member-activity"
        className="chart chart--member"
        exportName={fileSlug(`${t('member.activity.title')} ${m.name}`)}
      />
    </Card>
  );
}
