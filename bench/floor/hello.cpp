// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_hello: a bare Qt widget. With RELU_EXIT_AFTER_FIRST_FRAME set it prints the monotonic
// clock at its first painted frame and exits: the floor for bench_startup.

#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

class Hello : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (m_reported || qEnvironmentVariableIsEmpty("RELU_EXIT_AFTER_FIRST_FRAME"))
            return;
        m_reported = true;
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("%lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Hello hello(QStringLiteral("Hello"));
    hello.resize(1100, 860);
    hello.show();
    return app.exec();
}
