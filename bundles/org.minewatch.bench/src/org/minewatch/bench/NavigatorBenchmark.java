package org.minewatch.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Store;
import org.minewatch.registry.Registry;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Mine;

/**
 * The navigator's work on a large registry, for the benchmark (never a test): the calls the desktop
 * makes when a person expands a county, a prefecture or a province's agency, asks for the next page,
 * and types in the filter. The caller measures each (p95 in milliseconds).
 */
public final class NavigatorBenchmark {

	/** Runs each workload with varied arguments through {@code p95} and returns the figures, name to value. */
	public static Map<String, String> run(Store store, Registry registry, Function<Runnable, String> p95) {
		Actor reader = new Actor("benchmark", "benchmark", "benchmark"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Random random = new Random(11);
		// index order is by UUID: a sample spread over the country
		List<IndexRow> sample = store.read(reader, s -> s.rows(Query.of(Mine.class), PageRequest.first(500)).items());
		List<Jurisdiction> counties = sample.stream().map(r -> registry.division(reader, r.text("county"))).filter(Objects::nonNull).distinct().toList(); //$NON-NLS-1$
		List<Jurisdiction> prefectures = counties.stream().map(Jurisdiction::getParent).distinct().toList();
		List<Jurisdiction> provinces = sample.stream().map(r -> registry.division(reader, r.text("province"))).filter(Objects::nonNull).distinct().toList(); //$NON-NLS-1$
		List<String> fragments = sample.stream().map(r -> r.text("name")).filter(n -> n != null && n.length() >= 5).map(n -> n.substring(3, 5)).toList(); //$NON-NLS-1$
		PageRequest page = PageRequest.first(100);

		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("navigator.expand_county.p95_ms", //$NON-NLS-1$
				p95.apply(() -> registry.mines(reader, pick(counties, random), null, page)));
		figures.put("navigator.expand_prefecture.p95_ms", //$NON-NLS-1$
				p95.apply(() -> registry.mines(reader, pick(prefectures, random), null, page)));
		figures.put("navigator.expand_province_agency.p95_ms", //$NON-NLS-1$
				p95.apply(() -> registry.mines(reader, pick(provinces, random), null, page)));
		figures.put("navigator.province_two_pages.p95_ms", p95.apply(() -> { //$NON-NLS-1$
			Jurisdiction province = pick(provinces, random);
			Page<IndexRow> first = registry.mines(reader, province, null, page);
			if (first.hasNext()) {
				registry.mines(reader, province, null, first.next());
			}
		}));
		figures.put("navigator.filter.p95_ms", p95.apply(() -> { //$NON-NLS-1$
			// what one pause in typing asks: divisions (in memory), enterprises and mines by name, a page each
			String text = pick(fragments, random);
			registry.findDivisions(reader, text, 200);
			registry.enterprises(reader, null, text, page);
			registry.findMines(reader, text, page);
		}));
		figures.put("navigator.filter_in_province.p95_ms", //$NON-NLS-1$
				p95.apply(() -> registry.mines(reader, pick(provinces, random), pick(fragments, random), page)));
		return figures;
	}

	private static <T> T pick(List<T> from, Random random) {
		return from.get(random.nextInt(from.size()));
	}

	private NavigatorBenchmark() {
	}
}
