#include "plotstyle.h"

QFont PlotStyle::font(double pointSize, bool italic) const
{
    QFont font;
    font.setPointSizeF(pointSize * scale);
    font.setItalic(italic);
    return font;
}

QFont PlotStyle::axisLabelFont() const
{
    return font(20, true);
}

QFont PlotStyle::tickLabelFont() const
{
    return font(12);
}

QFont PlotStyle::legendFont() const
{
    return font(13);
}

QFont PlotStyle::readoutFont() const
{
    return font(15);
}
