package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import app.rune.store.DailyProgressRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The daily_progress collection in a map, for tests that change thousands of days. */
final class InMemoryProgress implements DailyProgressRepository {
    private final Map<String, DailyProgress> byId = new TreeMap<>();

    @Override
    public Optional<DailyProgress> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<DailyProgress> findAll() {
        List<DailyProgress> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(DailyProgress::userId).thenComparing(DailyProgress::date));
        return all;
    }

    @Override
    public void save(DailyProgress document) {
        byId.values().removeIf(d -> d.userId().equals(document.userId()) && d.date().equals(document.date()));
        byId.put(document.id(), document);
    }

    @Override
    public boolean delete(String id) {
        return byId.remove(id) != null;
    }

    @Override
    public Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date) {
        return findByUser(userId).stream().filter(d -> d.date().equals(date)).findFirst();
    }

    @Override
    public List<DailyProgress> findByUser(String userId) {
        return findAll().stream().filter(d -> d.userId().equals(userId)).toList();
    }

    @Override
    public List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to) {
        return findByUser(userId).stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
    }
}
