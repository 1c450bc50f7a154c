// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "indicatorstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

bool IndicatorStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox;
    const bool round = element == PE_IndicatorRadioButton;
    if (!(box || round) || !option || !isDark(option->palette))
        return;
    // The frame again, in the text's colour (disabled: the disabled text's), so an unticked box
    // stands out from the menu as a ticked one does: at least 3:1 (tst_themeswitcher).
    const QPalette::ColorGroup group
        = option->state & State_Enabled ? QPalette::Active : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(option->palette.color(group, QPalette::Text), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF frame = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
    if (box)
        painter->drawRect(frame);
    else
        painter->drawEllipse(frame);
    painter->restore();
}

int IndicatorStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                              QStyleHintReturn *returnData) const
{
    if (hint == SH_EtchDisabledText || hint == SH_DitherDisabledText) {
        const QPalette palette = option ? option->palette
            : widget                    ? widget->palette()
                                        : QApplication::palette();
        if (isDark(palette))
            return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void IndicatorStyle::install()
{
    if (qobject_cast<IndicatorStyle *>(QApplication::style()))
        return;
    // A style of the same kind to wrap: the application keeps (and deletes) its own.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new IndicatorStyle(base));
}
