package io.cnmm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A radar chart as SVG: one axis per domain (or characteristic), a ring per level, and the
 * part's levels as a polygon. Drawn here rather than by a chart library so the same markup
 * serves the browser and the PDF renderer, and so every label is escaped by one hand.
 */
final class RadarChart {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 360;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = HEIGHT / 2.0;
    private static final double RADIUS = 105;
    private static final int LINE = 14;

    /**
     * @param lines the axis name, one line each
     * @param level {@code null} when not assessed
     */
    record Axis(List<String> lines, Integer level) {
    }

    private RadarChart() {
    }

    static String svg(String title, List<Axis> axes, int topLevel) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" "
                + "font-size=\"13\">", WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
        for (int ring = 1; ring <= topLevel; ring++) {
            double ringRadius = RADIUS * ring / topLevel;
            svg.append(polygon(axes.size(), i -> ringRadius, "none", "#c8ccd4", ring == topLevel ? 1.2 : 0.8));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#8a8f99\" font-size=\"10\">%d</text>",
                    CX + 3, CY - RADIUS * ring / topLevel - 2, ring));
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, axes.size(), RADIUS);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c8ccd4\" "
                    + "stroke-width=\"0.8\"/>", CX, CY, end[0], end[1]));
        }
        svg.append(polygon(axes.size(), i -> axes.get(i).level() == null ? 0.0 : axes.get(i).level() * RADIUS / topLevel,
                "#2f6fce", "#1f4f99", 1.6));
        for (int i = 0; i < axes.size(); i++) {
            Integer level = axes.get(i).level();
            double[] dot = point(i, axes.size(), level == null ? 0 : level * RADIUS / topLevel);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f4f99\"/>", dot[0], dot[1]));
            svg.append(label(i, axes.size(), axes.get(i).lines(), level == null ? "not assessed" : "level " + level));
        }
        return svg.append("</svg>").toString();
    }

    private static String polygon(int n, java.util.function.IntFunction<Double> radius, String fill, String stroke, double width) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, radius.apply(i));
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        return String.format(Locale.ROOT, "<polygon points=\"%s\" fill=\"%s\" fill-opacity=\"%s\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"/>", String.join(" ", points), fill, "none".equals(fill) ? "0" : "0.25", stroke, width);
    }

    /** Axis 0 points up; the others follow clockwise. */
    private static double[] point(int i, int n, double radius) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {CX + radius * Math.cos(angle), CY + radius * Math.sin(angle)};
    }

    /** Lines stacked away from the chart: upwards above it, downwards below it, centred at the sides. */
    private static String label(int i, int n, List<String> nameLines, String levelLine) {
        List<String> lines = new ArrayList<>(nameLines);
        lines.add(levelLine);
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double[] at = point(i, n, RADIUS + 16);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
        double first = sin < -0.3 ? at[1] - 2 - (lines.size() - 1) * LINE
                : sin > 0.3 ? at[1] + 10 : at[1] + 4 - (lines.size() - 1) * LINE / 2.0;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "<text text-anchor=\"%s\" fill=\"#1d2330\">", anchor));
        for (int line = 0; line < lines.size(); line++) {
            text.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" y=\"%.1f\"%s>%s</tspan>", at[0], first + line * LINE,
                    line == lines.size() - 1 ? " font-weight=\"bold\"" : "", escape(lines.get(line))));
        }
        return text.append("</text>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
