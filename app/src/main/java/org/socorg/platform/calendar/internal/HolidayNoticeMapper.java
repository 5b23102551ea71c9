package org.socorg.platform.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface HolidayNoticeMapper {

    record NoticeRow(int noticeYear, String title, String savedBy, Instant savedAt) {
    }

    record EntryRow(int noticeYear, String kind, String name, LocalDate firstDay, LocalDate lastDay) {
    }

    String HOLIDAY = "HOLIDAY";
    String WORKING_WEEKEND = "WORKING_WEEKEND";

    @Select("SELECT notice_year, title, saved_by, saved_at FROM calendar_holiday_notice ORDER BY notice_year")
    List<NoticeRow> notices();

    @Select("SELECT notice_year, kind, name, first_day, last_day FROM calendar_notice_entry "
            + "ORDER BY notice_year, first_day")
    List<EntryRow> entries();

    @Insert("INSERT INTO calendar_holiday_notice (notice_year, title, saved_by, saved_at) "
            + "VALUES (#{noticeYear}, #{title}, #{savedBy}, #{savedAt})")
    void insertNotice(NoticeRow row);

    @Insert("INSERT INTO calendar_notice_entry (notice_year, kind, name, first_day, last_day) "
            + "VALUES (#{noticeYear}, #{kind}, #{name}, #{firstDay}, #{lastDay})")
    void insertEntry(EntryRow row);

    @Delete("DELETE FROM calendar_notice_entry WHERE notice_year = #{year}")
    void deleteEntries(@Param("year") int year);

    @Delete("DELETE FROM calendar_holiday_notice WHERE notice_year = #{year}")
    void deleteNotice(@Param("year") int year);
}
