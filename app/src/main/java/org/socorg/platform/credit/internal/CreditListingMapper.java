package org.socorg.platform.credit.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditListing;

@Mapper
public interface CreditListingMapper {

    List<CreditListing> findByCreditCode(@Param("creditCode") String creditCode, @Param("inForceOnly") boolean inForceOnly);

    List<CreditListing> findInForce(@Param("listType") CreditList list, @Param("divisionPrefix") String divisionPrefix,
            @Param("limit") int limit, @Param("offset") int offset);
}
