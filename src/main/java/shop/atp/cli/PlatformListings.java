package shop.atp.cli;

import shop.atp.domain.Decision;
import shop.atp.domain.listings.CurrentListings;
import shop.atp.domain.listings.ListingChanges;
import shop.atp.domain.listings.ListingPlan;
import shop.atp.domain.listings.Platform;
import shop.atp.input.InputException;
import shop.atp.input.InputFile;
import shop.atp.input.InputKind;
import shop.atp.input.ListingReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's platforms' listings (SPEC "Applying the decisions on each platform"): their exports
 * read, and the plan of each upload file against the channel whose decisions it applies, for
 * `listings` and for the report's count per platform. Holds no rules of its own.
 */
final class PlatformListings {

    private final Session session;

    PlatformListings(Session session) {
        this.session = session;
    }

    /** The --current export read through {@code platform}'s listings formats (null without one); skipped rows into {@code skipped}. */
    CurrentListings current(Platform platform, Map<String, Integer> skipped) {
        InputFile file = session.current();
        return file == null ? null : read(file, platform, skipped);
    }

    private CurrentListings read(InputFile file, Platform platform, Map<String, Integer> skipped) {
        return new ListingReader(session.formats(), session.options().delimiter).read(file, platform.word(), session.stdin(),
                skipped);
    }

    /**
     * Which listings a platform's upload file carries today: its channel's decisions (a web
     * shop's: the default channel or --channel) for the SKUs --sku shows, against {@code current}.
     */
    ListingPlan plan(Platform platform, CurrentListings current, boolean all) {
        if (platform.marketplace() && session.options().channel != null) {
            throw new UsageException("--channel does not apply to --platform " + platform.word() + ": its file applies the "
                    + platform.word() + " channel's decisions");
        }
        String channel = channel(platform, session.channel());
        List<Decision> decisions = session.selection().decisions(session.analysis().decisions(List.of(channel)));
        return ListingPlan.of(platform, decisions, current, session.asOf(), all);
    }

    /** The channel whose decisions the platform's file applies: a marketplace's own, else {@code webShop}. */
    private String channel(Platform platform, String webShop) {
        if (!platform.marketplace()) {
            return webShop;
        }
        if (!session.policy().hasChannel(platform.word())) {
            throw new UsageException("--platform " + platform.word() + " applies the " + platform.word()
                    + " channel's decisions, and the policy has no such channel; its channels: "
                    + session.policy().channelsListed());
        }
        return platform.word();
    }

    /**
     * The listings to change today per platform whose export the policy names ({@code listings:},
     * files relative to the policy's folder), web shops on the default channel, for the report;
     * empty when it names none. An export that cannot be read is named on standard error and
     * left out: the morning report still comes.
     */
    List<ListingChanges> changesNamedInPolicy() {
        List<ListingChanges> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : session.policy().listings().entrySet()) {
            Platform platform = Platform.byWord(e.getKey());
            Path file = session.policyFolder().resolve(e.getValue());
            CurrentListings current;
            try {
                current = read(new InputFile(InputKind.LISTINGS, InputFile.nameOf(file), file, false), platform,
                        new LinkedHashMap<>());
            } catch (InputException unreadable) {
                unreadable.problems().forEach(p -> session.warn("listings." + platform.word() + ": " + p));
                continue;
            }
            String channel = channel(platform, session.policy().defaultChannel());
            ListingPlan plan = ListingPlan.of(platform, session.analysis().decisions(List.of(channel)), current,
                    session.asOf(), false);
            changes.add(new ListingChanges(platform.word(), e.getValue(), plan.changes(), plan.rows()));
        }
        return changes;
    }
}
