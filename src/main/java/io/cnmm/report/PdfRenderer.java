package io.cnmm.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import io.cnmm.CnmmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The HTML report as PDF, through openhtmltopdf (PDFBox underneath, Batik for the SVG charts).
 * The report never needs anything from outside the document, so every external resource is
 * refused: a value that slipped into markup cannot make the server fetch a URL.
 */
@ApplicationScoped
class PdfRenderer {

    static {
        System.setProperty("java.awt.headless", "true"); // the chart rendering uses AWT; a server has no display
    }

    @Inject
    CnmmConfig config;

    /** Whether the PDF can show Chinese: only with a configured font that has the glyphs. */
    boolean hasChineseFont() {
        return config.report().pdfCjkFont().filter(Files::isReadable).isPresent();
    }

    byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withProducer("CNMM Assess")
                .withHtmlContent(xhtml, null)
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(pdf);
        Path text = config.report().pdfFont();
        font(builder, Optional.of(text), "cnmm-text", 400);
        font(builder, Optional.of(text.resolveSibling(text.getFileName().toString().replace(".ttf", "-Bold.ttf"))),
                "cnmm-text", 700);
        font(builder, config.report().pdfCjkFont(), "cnmm-cjk", 400);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, Optional<Path> file, String family, int weight) {
        file.filter(Files::isReadable).ifPresent(path -> builder.useFont(path.toFile(), family, weight,
                PdfRendererBuilder.FontStyle.NORMAL, true));
    }
}
