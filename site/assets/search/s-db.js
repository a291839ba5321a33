(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-db"]={"key":"db","forms":{"dbas":[0],"dbms":[1]},"terms":[{"w":575,"p":"nOK"},{"w":575,"p":"nOK"}]};
