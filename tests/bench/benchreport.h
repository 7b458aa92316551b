#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>

namespace wharf::bench {

// Prints the benchmarks' figures in one format, each with its goal and PASS or MISS, and counts
// the misses for the closing line. Figures go to standard output; the engine's own log goes to
// standard error, so `2>/dev/null` leaves only the figures.
class Report
{
public:
    enum class Goal { AtLeast, AtMost, Info };

    explicit Report(const char *benchmark)
        : m_out(stdout)
    {
        m_out << "== " << benchmark << " ==\n";
        m_out.flush();
    }

    void section(const QString &title)
    {
        m_out << "\n-- " << title << '\n';
        m_out.flush();
    }

    void note(const QString &text)
    {
        m_out << "   " << text << '\n';
        m_out.flush();
    }

    // One figure: "label: value unit   goal >= x   PASS".
    bool figure(const QString &label, double value, int decimals, const QString &unit, Goal goal = Goal::Info,
                double target = 0)
    {
        QString line = QStringLiteral("%1: %2").arg(label, QString::number(value, 'f', decimals));
        if (!unit.isEmpty())
            line += QLatin1Char(' ') + unit;
        bool pass = true;
        if (goal != Goal::Info) {
            pass = goal == Goal::AtLeast ? value >= target : value <= target;
            const QString op = goal == Goal::AtLeast ? QStringLiteral(">=") : QStringLiteral("<=");
            line = line.leftJustified(64) + QStringLiteral(" goal %1 %2").arg(op, QString::number(target));
            line = line.leftJustified(84);
            if (pass) {
                line += QStringLiteral(" PASS");
            } else {
                const double by = goal == Goal::AtLeast ? target - value : value - target;
                line += QStringLiteral(" MISS (by %1)").arg(QString::number(by, 'f', decimals));
            }
            ++m_goals;
            m_misses += pass ? 0 : 1;
        }
        m_out << "   " << line << '\n';
        m_out.flush();
        return pass;
    }

    // Exit status: 0 when every goal was met, 1 otherwise (2 is kept for "could not run").
    int finish()
    {
        m_out << "\n== " << (m_goals - m_misses) << " of " << m_goals << " goals met"
              << (m_misses ? " (see MISS lines)" : "") << " ==\n";
        m_out.flush();
        return m_misses ? 1 : 0;
    }

private:
    QTextStream m_out;
    int m_goals = 0;
    int m_misses = 0;
};

} // namespace wharf::bench
