package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LANG=fr_FR.UTF-8 | fr-FR, fr;q=0.9, en;q=0.5",
        "LANG=en_GB.UTF-8 | en-GB, en;q=0.9",
        "LANG=de_DE.UTF-8@euro | de-DE, de;q=0.9, en;q=0.5",
        "LANG=C.UTF-8 | en",
        "LANG=POSIX | en",
        "'' | en",
        "LANG=en_US.UTF-8,LC_ALL=fr_CA.UTF-8 | fr-CA, fr;q=0.9, en;q=0.5",
        "LANG=en_US.UTF-8,LC_MESSAGES=es_ES.UTF-8 | es-ES, es;q=0.9, en;q=0.5",
        "LC_ALL=fr_FR.UTF-8,LANGUAGE=fr:de:en | fr, de;q=0.9, en;q=0.8",
        "LANG=C,LANGUAGE=fr | en",
        "LANG=pt_BR | pt-BR, pt;q=0.9, en;q=0.5"})
    void fromTheLocaleVariablesAsGettextReadsThem(String variables, String header) {
        Map<String, String> environment = new HashMap<>();
        for (String pair : variables.split(",")) {
            if (!pair.isBlank()) {
                String[] parts = pair.split("=", 2);
                environment.put(parts[0], parts[1]);
            }
        }
        assertThat(AcceptLanguage.from(environment)).isEqualTo(header);
    }
}
