package shop.atp.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** atp's own format as data: the jar's atp.yaml gives SPEC's columns, and is checked like every YAML file. */
class AtpFormatTest {

    @Test
    void theJarsFileGivesEveryKindItsNameAndColumns() {
        assertThat(InputKind.ORDERS.defaultFileName()).isEqualTo("orders.csv");
        assertThat(InputKind.ORDERS.columns()).extracting(Column::name).containsExactly("order_id", "sku", "quantity",
                "ordered_at", "channel", "status", "shipped", "promised_date", "customer", "tags", "shipped_at");
        assertThat(InputKind.ON_HAND.columns().get(0)).isEqualTo(Column.required("sku", "variant sku", "item code", "product code"));
        assertThat(InputKind.PRODUCTS.columns()).filteredOn(Column::required).extracting(Column::name).containsExactly("sku");
        assertThat(InputKind.ON_HAND.namesFile("inventory_export_1.csv")).isTrue();
        assertThat(InputKind.LISTINGS.namesFile("listings.csv")).as("never found by name").isFalse();
    }

    @Test
    void aBrokenFileNamesTheKeyAndLine() {
        String yaml = "name: atp\nfiles:\n  orders:\n    file: orders.csv\n    prefixes: [orders]\n    columns:\n"
                + "      sku: { required: true, alias: [x] }\n";
        assertThatThrownBy(() -> AtpFormat.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("atp.yaml:7: unknown key \"files.orders.columns.sku.alias\"; known keys here: aliases, required");
    }

    @Test
    void everyKindMustBeThere() {
        String yaml = "name: atp\nfiles:\n  orders:\n    file: orders.csv\n    prefixes: [orders]\n    columns:\n      sku: {}\n";
        assertThatThrownBy(() -> AtpFormat.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("the kind on-hand has no columns");
    }
}
