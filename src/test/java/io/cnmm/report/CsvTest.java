package io.cnmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 4180 fields, and no formulas: a spreadsheet runs a cell that starts with =, +, -, @, tab or
 * carriage return (OWASP "CSV injection"), and rule names and fact keys reach these files.
 */
class CsvTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://evil.example")  -> "'=HYPERLINK(""http://evil.example"")"
            =1+2                               -> '=1+2
            +1+cmd|' /C calc'!A0               -> '+1+cmd|' /C calc'!A0
            -2+3                               -> '-2+3
            @SUM(A1:A2)                        -> '@SUM(A1:A2)
            =a,b                               -> "'=a,b"
            -                                  -> '-
            -5                                 -> -5
            -0.5                               -> -0.5
            +7                                 -> +7
            12                                 -> 12
            T-RM-01 level 2: at least 25 %     -> T-RM-01 level 2: at least 25 %
            a,b                                -> "a,b"
            say "hi"                           -> "say ""hi""\"
            """)
    void neutralisesFormulasAndQuotesWhatNeedsIt(String value, String written) {
        assertEquals(written + "\r\n", write(value));
    }

    @Test
    void neutralisesFieldsStartingWithTabOrCarriageReturn() {
        assertEquals("'\t=1+2\r\n", write("\t=1+2"));
        assertEquals("\"'\r=1+2\"\r\n", write("\r=1+2"));
    }

    @Test
    void leavesEmptyAndMissingFieldsEmpty() {
        assertEquals(",\r\n", new Csv().row(Arrays.asList("", null)).toString());
    }

    private static String write(String field) {
        return new Csv().row(Arrays.asList(field)).toString();
    }
}
