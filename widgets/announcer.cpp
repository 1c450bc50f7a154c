// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace {

class AnnouncerAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncerAccessible(Announcer *announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    { }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<const Announcer *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *createAnnouncerAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("Announcer") && object && object->isWidgetType())
        return new AnnouncerAccessible(static_cast<Announcer *>(object));
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&createAnnouncerAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    hide();
    m_timer.setSingleShot(true);
    m_timer.setInterval(delay);
    connect(&m_timer, &QTimer::timeout, this, &Announcer::present);
}

void Announcer::announce(const QString &text)
{
    m_pending = text;
    m_text = m_first.isEmpty() ? text : m_first + QLatin1Char(' ') + text;
    m_timer.start();
}

void Announcer::announceFirst(const QString &text)
{
    m_first = text;
    m_text = m_pending.isEmpty() ? text : text + QLatin1Char(' ') + m_pending;
    m_timer.start();
}

void Announcer::present()
{
    m_first.clear();
    m_pending.clear();
    // Without a screen reader (QAccessible inactive) there is nobody to tell.
    if (!QAccessible::isActive() || !parentWidget() || !parentWidget()->isVisible())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 has announcements of its own.
    QAccessibleAnnouncementEvent announcement(parentWidget(), m_text);
    QAccessible::updateAccessibility(&announcement);
#else
    // Hidden and shown again: the showing state's change is what a screen reader speaks.
    hide();
    show();
#endif
}

void Announcer::paintEvent(QPaintEvent *)
{
    // Nothing to see: it exists for the screen reader.
}
