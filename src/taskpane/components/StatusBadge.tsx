import { Badge, type BadgeProps } from '@fluentui/react-components';
import { statusLabel } from '../../report';
import type { Status } from '../../rules/types';
import { useMessages } from '../i18n';

/** Colour and text together, so the status is clear without colour vision. */
const COLOR: Record<Status, BadgeProps['color']> = {
  pass: 'success',
  fail: 'danger',
  'insufficient-data': 'warning',
  'not-applicable': 'informative',
};

/** 達成 / 未達 / データ不足 / 対象外 as a coloured badge. */
export function StatusBadge({ status }: { status: Status }) {
  const { locale } = useMessages();
  return (
    <Badge appearance="filled" color={COLOR[status]} shape="rounded" data-status={status}>
      {statusLabel(status, locale)}
    </Badge>
  );
}
