package org.socorg.platform.organization.internal;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SequenceMapper {

    Long lockCurrent(@Param("name") String name);

    int insertFirst(@Param("name") String name, @Param("nextValue") long nextValue);

    int advance(@Param("name") String name, @Param("nextValue") long nextValue);
}
