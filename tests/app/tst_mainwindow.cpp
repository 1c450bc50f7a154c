#include "explorerstate.h"
#include "mainwindow.h"
#include "plotview.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

/** The window around the plot: title, icon, menus with their shortcuts, and the hints. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleAndIcon();
    void menusHaveTheirShortcuts();
    void resetViewFromTheKeyboard();
    void hintFollowsTheProbe();

private:
    static QAction *findAction(const QMainWindow &window, const QString &text);
};

QAction *TestMainWindow::findAction(const QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

void TestMainWindow::titleAndIcon()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("ReLU Explorer"));
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());
    QCOMPARE(window.centralWidget(), window.plotView());
}

void TestMainWindow::menusHaveTheirShortcuts()
{
    MainWindow window;
    QAction *quit = findAction(window, QStringLiteral("Quit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    QAction *reset = findAction(window, QStringLiteral("Reset View"));
    QVERIFY(reset);
    QCOMPARE(reset->shortcut(), QKeySequence(Qt::Key_R));
    QAction *exportAction = findAction(window, QStringLiteral("Export Figure…"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(findAction(window, QStringLiteral("About ReLU Explorer")));
}

void TestMainWindow::resetViewFromTheKeyboard()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.state()->setView({10, 20}, {-3, 3}));
    QTest::keyClick(window.plotView(), Qt::Key_R);
    QCOMPARE(window.state()->xRange(), ExplorerState::defaultXRange());
}

void TestMainWindow::hintFollowsTheProbe()
{
    MainWindow window;
    auto hint = [&window] {
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        return labels.isEmpty() ? QString() : labels.constFirst()->text();
    };
    QVERIFY(hint().contains(QLatin1String("Drag the point")));
    window.state()->setProbeX(0.0);
    QVERIFY(hint().contains(QLatin1String("no unique tangent")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
