package vn.luutru.fixity;

import org.springframework.stereotype.Component;

/** What the timer of {@code fixity-audit} reads ({@code ${fixityTimer.cron}}). */
@Component("fixityTimer")
public class FixityTimer {

	private final FixitySettings settings;

	FixityTimer(FixitySettings settings) {
		this.settings = settings;
	}

	/** When the timer fires (Quartz cron): {@code luutru.fixity.cron}. */
	public String getCron() {
		return this.settings.cron();
	}

}
