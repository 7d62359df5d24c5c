import { PlanRef } from '@pnq/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MyNotificationsQuery, useMarkNotificationsReadMutation, useMeQuery, useMyNotificationsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';

const POLL_MS = 5 * 60_000;
const ITEMS_SHOWN = 5;

type Notification = MyNotificationsQuery['myNotifications'][number];

/** The bell in the header: unread count, the latest digests with their items (links to each action), mark as read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const { data, refetch } = useMyNotificationsQuery({ pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [markRead, { loading: marking }] = useMarkNotificationsReadMutation({ onCompleted: () => void refetch() });
  const unread = data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => !container.current?.contains(event.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="bell" ref={container}>
      <button
        type="button"
        className="bell__button button--ghost"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="notification-bell"
      >
        <span aria-hidden="true">🔔</span>
        <span className="visually-hidden">{t('reminders.bell.label')}</span>
        <span className={unread > 0 ? 'bell__count bell__count--unread' : 'bell__count'} data-testid="notification-count">
          {unread}
        </span>
        <span className="visually-hidden">{t('reminders.bell.unread', { count: unread })}</span>
      </button>
      {open && (
        <section id={panelId} className="bell__panel" aria-label={t('reminders.bell.label')} data-testid="notification-panel">
          <div className="bell__head">
            <h2>{t('reminders.bell.title')}</h2>
            <button type="button" disabled={marking || unread === 0} onClick={() => void markRead({ variables: { ids: null } })}>
              {t('reminders.bell.markAllRead')}
            </button>
          </div>
          {data?.myNotifications.length ? (
            <ul className="bell__list">
              {data.myNotifications.map((notification) => (
                <NotificationEntry
                  key={notification.id}
                  notification={notification}
                  onRead={() => void markRead({ variables: { ids: [notification.id] } })}
                  onNavigate={() => setOpen(false)}
                />
              ))}
            </ul>
          ) : (
            <p>{t('reminders.bell.empty')}</p>
          )}
          <p>
            <Link to="/preferences" onClick={() => setOpen(false)}>
              {t('reminders.preferences.title')}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}

function NotificationEntry({ notification, onRead, onNavigate }: { notification: Notification; onRead: () => void; onNavigate: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = notification.items.slice(0, ITEMS_SHOWN);
  // Someone without an organisation (the secretariat) has no « Mes actions »: the digest leads to the overdue actions instead (issue 21.14).
  const hasOrganisation = Boolean(useMeQuery({ fetchPolicy: 'cache-only' }).data?.me?.organisation);
  return (
    <li className={notification.read ? 'bell__entry' : 'bell__entry bell__entry--unread'}>
      <p>
        <strong>{t(`reminders.notificationKind.${notification.kind}`)}</strong> · {format.date(notification.runDate)}
        {!notification.read && <span className="bell__new"> · {t('reminders.bell.new')}</span>}
      </p>
      <ul>
        {shown.map((item, index) => (
          <li key={`${item.kind}-${item.ref ?? item.organisation ?? index}`}>
            <span className="hint">{t(`reminders.noticeKind.${item.kind}`)}</span>{' '}
            {item.ref ? (
              <Link to={`/actions/${item.ref}`} onClick={onNavigate}>
                <PlanRef value={item.ref} />
              </Link>
            ) : (
              (item.organisation ?? '')
            )}{' '}
            {t(`reminders.noticeLine.${item.kind}`, {
              days: item.days ?? 0,
              date: format.date(item.dueDate),
              count: item.count ?? 0,
              message: item.title ?? '',
              organisation: item.organisation ?? '',
            })}
          </li>
        ))}
      </ul>
      {notification.items.length > ITEMS_SHOWN && (
        <p className="hint">{t(hasOrganisation ? 'reminders.bell.more' : 'ux.digest.more', { count: notification.items.length - ITEMS_SHOWN })}</p>
      )}
      <p>
        <Link to={hasOrganisation ? '/my-actions' : '/explorer?health=OVERDUE'} onClick={onNavigate}>
          {hasOrganisation ? t('nav.myActions') : t('ux.digest.seeOverdue')}
        </Link>
        {!notification.read && (
          <>
            {' · '}
            <button type="button" className="button--link" onClick={onRead}>
              {t('reminders.bell.markRead')}
            </button>
          </>
        )}
      </p>
    </li>
  );
}
