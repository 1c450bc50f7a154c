// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localespinbox.h"
#include "secanthspinbox.h"

#include <QLineEdit>
#include <QLocale>
#include <QTest>

#include <memory>

/**
 * Typed numbers in the user's locale: the boxes show a decimal comma in German and French, read
 * it, and read a point typed there as the decimal separator too, never as a group separator
 * ("0.5" is a half, not 5).
 */
class TestLocaleSpinBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void typed_data();
    void typed();
};

void TestLocaleSpinBox::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestLocaleSpinBox::typed_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("secant"); // SecantHSpinBox, or a LocaleSpinBox with 2 decimals
    QTest::addColumn<QString>("keys");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown");
    const QString de = QStringLiteral("de_DE"), fr = QStringLiteral("fr_FR"),
                  en = QStringLiteral("en_US");
    QTest::newRow("German, a comma") << de << false << "0,5" << 0.5 << QStringLiteral("0,50");
    QTest::newRow("German, a point is a comma too")
        << de << false << "0.5" << 0.5 << QStringLiteral("0,50");
    QTest::newRow("German, negative") << de << false << "-2.25" << -2.25 << QStringLiteral("-2,25");
    QTest::newRow("French, a point") << fr << false << "1.5" << 1.5 << QStringLiteral("1,50");
    QTest::newRow("English, a point") << en << false << "1.5" << 1.5 << QStringLiteral("1.50");
    QTest::newRow("German h, a point") << de << true << "0.25" << 0.25 << QStringLiteral("0,25");
    QTest::newRow("German h, a comma") << de << true << "0,125" << 0.125 << QStringLiteral("0,125");
    QTest::newRow("German h, exponent") << de << true << "1e-3" << 0.001 << QStringLiteral("0,001");
    QTest::newRow("English h, a point") << en << true << "0.25" << 0.25 << QStringLiteral("0.25");
}

void TestLocaleSpinBox::typed()
{
    QFETCH(QString, locale);
    QFETCH(bool, secant);
    QFETCH(QString, keys);
    QFETCH(double, value);
    QFETCH(QString, shown);
    // As the app does: the UI language's locale is the default before any widget is made.
    QLocale::setDefault(QLocale(locale));
    std::unique_ptr<QDoubleSpinBox> box;
    if (secant) {
        box = std::make_unique<SecantHSpinBox>();
        box->setValue(0.5);
    } else {
        box = std::make_unique<LocaleSpinBox>();
        box->setRange(-10.0, 10.0);
        box->setDecimals(2);
        box->setValue(3.0);
    }
    box->show();
    QVERIFY(QTest::qWaitForWindowExposed(box.get()));
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box.get(), keys);
    QTest::keyClick(box.get(), Qt::Key_Return);
    QCOMPARE(box->value(), value);
    QCOMPARE(box->text(), shown);
}

QTEST_MAIN(TestLocaleSpinBox)
#include "tst_localespinbox.moc"
