package vn.luutru.lifecycle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.luutru.content.ContentStore;

/**
 * A content store whose chosen objects are slow to open and to erase, as a slow disk or a
 * large object would be, so that a step reading or erasing them runs longer than a short
 * job lock. Everything else passes straight to the application's store.
 */
@TestConfiguration
class SlowContent {

	private final Set<String> slow = ConcurrentHashMap.newKeySet();

	private volatile Duration delay = Duration.ZERO;

	/** From now on each open or erase of these objects waits {@code delay} first. */
	void slowDown(Set<String> sha256s, Duration delay) {
		this.slow.addAll(sha256s);
		this.delay = delay;
	}

	void normal() {
		this.slow.clear();
		this.delay = Duration.ZERO;
	}

	@Bean
	@Primary
	ContentStore slowContentStore(@Qualifier("fileSystemContentStore") ContentStore store) {
		return (ContentStore) Proxy.newProxyInstance(ContentStore.class.getClassLoader(),
				new Class<?>[] { ContentStore.class }, (proxy, method, args) -> {
					if ((method.getName().equals("open") || method.getName().equals("erase")) && args != null
							&& args.length == 1 && this.slow.contains(args[0])) {
						Thread.sleep(this.delay.toMillis());
					}
					try {
						return method.invoke(store, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
