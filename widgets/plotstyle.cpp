#include "plotstyle.h"

#include "piece.h"

#include <algorithm>

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

std::vector<int> PlotStyle::pieceColorIndices(const std::vector<Piece> &pieces)
{
    std::vector<int> indices;
    std::vector<QString> labels;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const auto known = std::find(labels.begin(), labels.end(), pieces[i].derivativeLabel);
        int index = int(known - labels.begin());
        if (known == labels.end())
            labels.push_back(pieces[i].derivativeLabel);
        // Two neighbours with one label (an expression's jump between equal slopes) still differ.
        if (i > 0 && index == indices.back())
            index = (index + 1) % 4;
        indices.push_back(index % 4);
    }
    return indices;
}
