package com.unggulaxiom.hub.web;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * Opens the caches the hub keeps in Payara's clustered data grid (JCache on Hazelcast): every entry lives a
 * fixed time from its creation, and a cache holds at most a fixed number of entries, dropping the least
 * recently used beyond it. The first instance of a cluster creates a cache; the others find it.
 */
public final class GridCache {

    private GridCache() {
    }

    public static <V> Cache<String, V> open(CacheManager cacheManager, String name, Class<V> valueType,
                                            java.time.Duration lifetime, int capacity) {
        Cache<String, V> existing = cacheManager.getCache(name, String.class, valueType);
        if (existing != null) {
            return existing;
        }
        CacheConfig<String, V> config = new CacheConfig<>();
        config.setTypes(String.class, valueType);
        config.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, lifetime.toSeconds())));
        config.setEvictionConfig(new EvictionConfig()
                .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                .setSize(capacity)
                .setEvictionPolicy(EvictionPolicy.LRU));
        try {
            return cacheManager.createCache(name, config);
        } catch (CacheException alreadyCreated) {
            // Another instance of the cluster created it first.
            return cacheManager.getCache(name, String.class, valueType);
        }
    }
}
