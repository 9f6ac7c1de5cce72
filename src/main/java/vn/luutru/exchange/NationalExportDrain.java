package vn.luutru.exchange;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries every national export run on, one chunk at a time, until it is done
 * ({@code luutru.exchange.national-export-drain}, a period, every minute by default): a
 * run asked for through the API finishes without anyone calling it again, and a run a
 * killed node left halfway is taken up by the next node that ticks.
 */
@Component
@ConditionalOnProperty(name = "luutru.exchange.national-export-drain-enabled", havingValue = "true",
		matchIfMissing = true)
class NationalExportDrain {

	private final NationalExports exports;

	NationalExportDrain(NationalExports exports) {
		this.exports = exports;
	}

	@Scheduled(fixedDelayString = "${luutru.exchange.national-export-drain:PT1M}",
			initialDelayString = "${luutru.exchange.national-export-drain:PT1M}")
	void drain() {
		this.exports.continueRunning();
	}

}
