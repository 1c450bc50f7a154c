// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"
#include "exportdialog.h"
#include "plotview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

/** The export dialog: format follows the extension and back, size and scale, errors keep it open.
 */
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatAndExtensionAgree();
    void exportsAtTheChosenSizeAndScale();
    void vectorFormats_data();
    void vectorFormats();
    void errorKeepsTheDialogOpen();

private:
    QTemporaryDir m_dir;
    ExplorerState m_state;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportDialog::formatAndExtensionAgree()
{
    PlotView view(&m_state);
    ExportDialog dialog(&view, m_dir.filePath(QStringLiteral("figure.png")));
    QCOMPARE(dialog.formatBox()->currentIndex(), 0);
    QVERIFY(dialog.scaleBox()->isEnabled());
    Q_EMIT dialog.formatBox()->activated(1);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("figure.pdf")));
    QVERIFY(!dialog.scaleBox()->isEnabled()); // vector: no pixels to scale
    dialog.pathEdit()->clear();
    QTest::keyClicks(dialog.pathEdit(), m_dir.filePath(QStringLiteral("slide.svg")));
    QCOMPARE(dialog.formatBox()->currentIndex(), 2);
}

void TestExportDialog::exportsAtTheChosenSizeAndScale()
{
    PlotView view(&m_state);
    const QString path = m_dir.filePath(QStringLiteral("sized.png"));
    ExportDialog dialog(&view, path);
    dialog.widthBox()->setValue(640);
    dialog.heightBox()->setValue(360);
    dialog.scaleBox()->setValue(2.0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QImage(path).size(), QSize(1280, 720));
}

void TestExportDialog::vectorFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << QStringLiteral("slide.pdf") << QByteArray("%PDF");
    QTest::newRow("svg") << QStringLiteral("slide.svg") << QByteArray("<?xml");
}

void TestExportDialog::vectorFormats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    PlotView view(&m_state);
    ExportDialog dialog(&view, m_dir.filePath(name));
    dialog.accept();
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8).startsWith(magic));
}

void TestExportDialog::errorKeepsTheDialogOpen()
{
    PlotView view(&m_state);
    ExportDialog dialog(&view, m_dir.filePath(QStringLiteral("missing/figure.png")));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QLabel *error = dialog.findChild<QLabel *>();
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(QLatin1String("does not exist"));
    QVERIFY(error && shown);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
