package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `init DIR`: a commented policy.yaml and the four CSV files with headers and a sample row; never overwrites. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a commented policy.yaml and on-hand.csv, purchase-orders.csv, orders.csv and "
                + "products.csv with their headers and one sample row each into DIR. Writes nothing if any "
                + "of them exists.",
        footerHeading = "%nExample:%n",
        footer = "  atp init my-shop && atp report --data my-shop --as-of 2026-11-24")
final class InitCommand implements Callable<Integer> {

    static final Map<String, String> SAMPLES = samples();

    @Parameters(paramLabel = "DIR", description = "The folder to create the files in (created if missing).")
    Path dir;

    @Spec
    CommandSpec spec;

    /** Accepted like on every command (SPEC: options shared by all), though none changes what is written. */
    @Mixin
    CommonOptions options;

    private static Map<String, String> samples() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("on-hand.csv", "sku,on_hand,location\nTEE-BLK-M,12,main\n");
        files.put("purchase-orders.csv", "po_number,sku,quantity,received,expected_date,status\n"
                + "PO-1001,TEE-BLK-M,50,0,2026-12-08,confirmed\n");
        files.put("orders.csv", "order_id,sku,quantity,ordered_at,channel,status,shipped,promised_date,customer,tags,"
                + "shipped_at\n1001,TEE-BLK-M,2,2026-11-20T10:22:13Z,dtc,open,0,,jane@example.com,,\n");
        files.put("products.csv", "sku,title,lifecycle,planned_production,release_date,lead_time_days\n"
                + "TEE-BLK-M,Black tee M,active,,,\n");
        return files;
    }

    @Override
    public Integer call() throws IOException {
        List<String> names = new java.util.ArrayList<>(SAMPLES.keySet());
        names.add(0, "policy.yaml");
        List<String> existing = names.stream().filter(n -> Files.exists(dir.resolve(n))).toList();
        if (!existing.isEmpty()) {
            throw new UsageException("not overwriting " + String.join(", ", existing.stream()
                    .map(n -> dir.resolve(n).toString()).toList()) + "; nothing was written");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("cannot make the folder " + dir + " (" + shop.atp.input.FileRefusal.reason(e) + ")");
        }
        try {
            Files.writeString(dir.resolve("policy.yaml"), shippedPolicy(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> file : SAMPLES.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the files in " + dir + " (" + shop.atp.input.FileRefusal.reason(e) + ")");
        }
        spec.commandLine().getOut().println("wrote " + String.join(", ", names) + " in " + dir
                + "; replace the sample rows with your exports");
        return ExitCodes.OK;
    }

    /** The commented policy.yaml shipped in the jar: the same file as the project's policy.yaml. */
    static String shippedPolicy() {
        try (InputStream in = InitCommand.class.getResourceAsStream("/shop/atp/policy.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its policy.yaml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
