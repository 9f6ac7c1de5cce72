package vn.luutru.lifecycle;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tasklist lists each task under its model's name followed by the code of the file or
 * batch it works on, as the officer sees it through the engine's REST API.
 */
@ApiTest
class TaskNamesApiTest extends AgencyScenarios {

	@BeforeEach
	void officers() {
		agencyWithOfficers("Sở Nội vụ tỉnh Sơn La");
	}

	@Test
	void appraisalTaskNamesItsFile() {
		JsonNode file = closedFile("03.VP", "Hồ sơ tập huấn nghiệp vụ lưu trữ", "06", 10, 2024);
		String code = file.path("fileCode").asText();
		JsonNode task = this.engine.task(this.archivist, code, "Task_AppraiseFile");
		assertThat(task.path("name").asText()).isEqualTo("Thẩm định, tiếp nhận hồ sơ vào Lưu trữ cơ quan — " + code);
		JsonNode history = this.admin.get("/engine-rest/history/task?taskId=" + task.path("id").asText()).json();
		assertThat(history.get(0).path("name").asText()).endsWith(" — " + code);
	}

	@Test
	void clerkTaskOfAnIncompleteFileNamesItsFile() {
		String code = emptyClosedFile("21.VP").path("fileCode").asText();
		assertThat(this.engine.task(this.clerk, code, "Task_CompleteFile").path("name").asText())
			.isEqualTo("Bổ sung hồ sơ — " + code);
	}

	@Test
	void batchApprovalNamesItsBatchNotAFile() {
		JsonNode file = depositedFile("01.VP", "Kế hoạch, báo cáo công tác năm 2019", "01", null, 2019);
		List<JsonNode> batches = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "transfers");
		assertThat(batches).hasSize(1);
		String batchCode = batches.get(0).path("code").asText();
		JsonNode task = this.engine.task(this.head, batchCode, "Task_ApproveTransferList");
		assertThat(task.path("name").asText()).isEqualTo("Duyệt mục lục hồ sơ nộp lưu — " + batchCode)
			.doesNotContain(file.path("fileCode").asText());
	}

}
